// The brochure editor's fields and its two buttons (保存草稿, 提交审核), over the facts being drafted.
import { View } from '@tarojs/components';
import type { BrochureMine } from '../../../../shared/api/brochure-admin';
import type { BrochureFacts } from '../../../../shared/records/brochure';
import type { FieldErrors } from '../../../../shared/result';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { FeesEditor } from './fees-editor';
import { MajorsEditor } from './majors-editor';

interface Props {
  /** a draft is being edited (else a new version is begun) */
  draft: boolean;
  registry: BrochureMine['majors'];
  facts: BrochureFacts;
  errors: FieldErrors;
  busy: boolean;
  patch: (p: Partial<BrochureFacts>) => void;
  /** saves the draft, and submits it for review when `submit` */
  save: (submit: boolean) => void;
}

/** The brochure's facts as the school admin writes them (R3, R5): title, address, majors, internship, aid, fees, phone. */
export function FactsEditor({ draft, registry, facts, errors, busy, patch, save }: Props) {
  return (
    <View className="editor">
      <View className="section-title">{draft ? '编辑草稿' : '新建版本（提交后的版本不能再改）'}</View>
      <Field label="简章标题" value={facts.title} onChange={(title) => patch({ title })} error={errors.title} name="title" />
      <Field
        label="办学地址"
        value={facts.campusAddress}
        onChange={(campusAddress) => patch({ campusAddress })}
        error={errors.campusAddress}
        name="campusAddress"
      />
      <View className="section-title">招生专业与计划</View>
      <MajorsEditor registry={registry} chosen={facts.majors} errors={errors} onChange={(majors) => patch({ majors })} />
      <Field
        label="实习时间与安排"
        multiline
        value={facts.internship}
        onChange={(internship) => patch({ internship })}
        error={errors.internship}
        name="internship"
      />
      <Field
        label="资助政策"
        multiline
        value={facts.subsidyPolicy}
        onChange={(subsidyPolicy) => patch({ subsidyPolicy })}
        error={errors.subsidyPolicy}
        name="subsidyPolicy"
      />
      <View className="section-title">收费项目与标准</View>
      <FeesEditor fees={facts.fees} errors={errors} onChange={(fees) => patch({ fees })} />
      <Field
        label="招生咨询电话"
        value={facts.contactPhone}
        onChange={(contactPhone) => patch({ contactPhone })}
        error={errors.contactPhone}
        name="contactPhone"
      />
      <View className="editor-actions">
        <Button block loading={busy} onClick={() => save(false)}>
          保存草稿
        </Button>
        <Button type="primary" block loading={busy} onClick={() => save(true)}>
          提交审核
        </Button>
      </View>
    </View>
  );
}
