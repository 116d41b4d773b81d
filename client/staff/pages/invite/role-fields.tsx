/** What an invitation needs besides a name, by role (R20, R27): a school admin's school, a junior high's, a reviewer's level and district, a recruiter's junior highs. */
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import type { InvitationCreateInput } from '../../../../shared/api/staff';
import type { FieldErrors } from '../../../../shared/result';
import type { StaffRole } from '../../../../shared/roles';
import { Chips } from '../../../components/chips';
import { DistrictPicker } from '../../../components/district-picker';

interface RoleFieldsProps {
  /** the role chosen (one this person may invite) */
  role: StaffRole;
  draft: InvitationCreateInput;
  onDraft: (draft: InvitationCreateInput) => void;
  /** the schools and junior highs to choose from, as invitationList answers */
  list: FunctionOutput<'invitationList'>;
  /** the city's districts (R27), for a district reviewer */
  districts: string[];
  errors: FieldErrors;
}

export function RoleFields({ role, draft, onDraft, list, districts, errors }: RoleFieldsProps) {
  return (
    <>
      {role === 'schoolAdmin' && (
        <View>
          <Text className="field-label">学校</Text>
          <Chips
            options={list.schools.map((s) => ({ value: s.id, label: s.name }))}
            value={draft.schoolId}
            onChange={(schoolId) => onDraft({ ...draft, role, schoolId })}
          />
          {errors.schoolId && <Text className="field-error">{errors.schoolId}</Text>}
        </View>
      )}
      {role === 'juniorStaff' && (
        <View>
          <Text className="field-label">初中学校</Text>
          <Chips
            options={list.juniorSchools.map((j) => ({ value: j.id, label: `${j.name}（${j.district}）` }))}
            value={draft.juniorSchoolId}
            onChange={(juniorSchoolId) => onDraft({ ...draft, role, juniorSchoolId })}
          />
          {errors.juniorSchoolId && <Text className="field-error">{errors.juniorSchoolId}</Text>}
        </View>
      )}
      {role === 'reviewer' && (
        <View>
          <Chips
            options={[
              { value: 'city', label: '市教育局' },
              { value: 'district', label: '区县教育局' },
            ]}
            value={draft.level}
            onChange={(level) => onDraft({ ...draft, role, level })}
          />
          {errors.level && <Text className="field-error">{errors.level}</Text>}
          {draft.level === 'district' && (
            <DistrictPicker
              value={draft.district ?? ''}
              onChange={(district) => onDraft({ ...draft, role, district })}
              error={errors.district}
              districts={districts}
            />
          )}
        </View>
      )}
      {role === 'recruiter' && (
        <View>
          <Text className="field-label">负责的初中（可不选，之后也可调整）</Text>
          <View className="chips">
            {list.juniorSchools.map((j) => {
              const on = draft.territories?.includes(j.id) ?? false;
              return (
                <Text
                  key={j.id}
                  className={`chip ${on ? 'chip-on' : ''}`}
                  onClick={() =>
                    onDraft({ ...draft, role, territories: on ? draft.territories?.filter((t) => t !== j.id) : [...(draft.territories ?? []), j.id] })
                  }
                >
                  {j.name}
                </Text>
              );
            })}
          </View>
        </View>
      )}
    </>
  );
}
