import { Text, View } from '@tarojs/components';
import { LETTER_LIMITS as L, policyKindLabels } from '../../../../shared/letter';
import { policyKinds, type PolicyKind } from '../../../../shared/records/content';
import type { FieldErrors } from '../../../../shared/result-core';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import type { LetterForm, PolicyForm } from '../../../services/forms/letter-form';

interface Props {
  form: LetterForm;
  errors: FieldErrors;
  onChange: (form: LetterForm) => void;
}

const blankPolicy = (kind: PolicyKind): PolicyForm => ({ kind, title: policyKindLabels[kind], summary: '', whoQualifies: '', amount: '', howToApply: '' });

/** The letter's own fields: title, greeting, the body (a line per paragraph), whom to call, the signature. */
export function LetterFields({ form, errors, onChange }: Props) {
  const set = (patch: Partial<LetterForm>) => onChange({ ...form, ...patch });
  const setContact = (i: number, patch: Partial<LetterForm['contacts'][number]>) =>
    set({ contacts: form.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <View className="card">
      <View className="section-title">信的正文</View>
      <Field label="标题" name="title" value={form.title} onChange={(title) => set({ title })} error={errors.title} />
      <Field label="称呼" name="greeting" value={form.greeting} onChange={(greeting) => set({ greeting })} error={errors.greeting} />
      <Field
        label="正文（每一行是一段）"
        name="paragraphs"
        multiline
        maxLength={L.paragraphs * (L.paragraph + 1)}
        value={form.paragraphs}
        onChange={(paragraphs) => set({ paragraphs })}
        error={errors.paragraphs}
      />
      <View className="section-title">咨询电话</View>
      {form.contacts.map((c, i) => (
        <View key={i} className="letter-row">
          <Field
            label={`咨询单位 ${i + 1}`}
            name={`contacts.${i}.name`}
            value={c.name}
            onChange={(name) => setContact(i, { name })}
            error={errors[`contacts.${i}.name`]}
          />
          <Field
            label={`电话 ${i + 1}`}
            name={`contacts.${i}.phone`}
            value={c.phone}
            onChange={(phone) => setContact(i, { phone })}
            error={errors[`contacts.${i}.phone`]}
          />
          <Button size="small" onClick={() => set({ contacts: form.contacts.filter((_c, j) => j !== i) })}>
            删去这个电话
          </Button>
        </View>
      ))}
      {errors.contacts && <Text className="field-error">{errors.contacts}</Text>}
      {form.contacts.length < L.contacts && (
        <Button size="small" onClick={() => set({ contacts: [...form.contacts, { name: '', phone: '' }] })}>
          添加咨询电话
        </Button>
      )}
      <Field label="落款" name="issuedBy" value={form.issuedBy} onChange={(issuedBy) => set({ issuedBy })} error={errors.issuedBy} />
    </View>
  );
}

/** The subsidy policies published with the letter (R17): each with who qualifies and how to apply, a line per item. */
export function PolicyFields({ form, errors, onChange }: Props) {
  const setPolicy = (i: number, patch: Partial<PolicyForm>) => onChange({ ...form, policies: form.policies.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const field = (i: number, key: keyof PolicyForm) => `policies.${i}.${key}`;
  return (
    <View className="card">
      <View className="section-title">资助政策</View>
      <Text className="muted">发布前必须写明困难家庭帮扶和残疾学生关怀两项。</Text>
      {form.policies.map((p, i) => (
        <View key={i} className="letter-policy">
          <Text className="letter-policy-head">
            第 {i + 1} 项：{policyKindLabels[p.kind]}
          </Text>
          <Chips
            options={policyKinds.map((k) => ({ value: k, label: policyKindLabels[k] }))}
            value={p.kind}
            onChange={(kind) => kind && setPolicy(i, { kind })}
          />
          <Field label="政策名称" name={field(i, 'title')} value={p.title} onChange={(title) => setPolicy(i, { title })} error={errors[field(i, 'title')]} />
          <Field
            label="一两句话的说明"
            name={field(i, 'summary')}
            multiline
            value={p.summary}
            onChange={(summary) => setPolicy(i, { summary })}
            error={errors[field(i, 'summary')]}
          />
          <Field
            label="谁可以享受（每一行是一条）"
            name={field(i, 'whoQualifies')}
            multiline
            maxLength={L.items * (L.policyText + 1)}
            value={p.whoQualifies}
            onChange={(whoQualifies) => setPolicy(i, { whoQualifies })}
            error={errors[field(i, 'whoQualifies')]}
          />
          <Field
            label="资助标准"
            name={field(i, 'amount')}
            multiline
            value={p.amount}
            onChange={(amount) => setPolicy(i, { amount })}
            error={errors[field(i, 'amount')]}
          />
          <Field
            label="怎么申请（每一行是一步）"
            name={field(i, 'howToApply')}
            multiline
            maxLength={L.items * (L.policyText + 1)}
            value={p.howToApply}
            onChange={(howToApply) => setPolicy(i, { howToApply })}
            error={errors[field(i, 'howToApply')]}
          />
          <Button size="small" onClick={() => onChange({ ...form, policies: form.policies.filter((_p, j) => j !== i) })}>
            删去这项政策
          </Button>
        </View>
      ))}
      {errors.policies && <Text className="field-error">{errors.policies}</Text>}
      {form.policies.length < L.policies && (
        <Button size="small" onClick={() => onChange({ ...form, policies: [...form.policies, blankPolicy('other')] })}>
          添加一项政策
        </Button>
      )}
    </View>
  );
}
