import { Failure } from '../../_kit/platform/failures';

/** The refusals of staff and invitations (R20): named like the rule they enforce, with the words a person reads. */
export const staffFailures = {
  mayNotInvite: () => new Failure('FORBIDDEN', undefined, '您不能邀请这一角色的工作人员（学校管理员只能邀请本校招生老师）。'),
  invitationUnusable: (why: 'unknown' | 'used' | 'expired' | 'revoked') => {
    const message = {
      unknown: '邀请码不正确，请核对后再输入',
      used: '这个邀请码已经被使用过了，请向邀请人索取新的邀请码',
      expired: '这个邀请码已过期，请向邀请人索取新的邀请码',
      revoked: '这个邀请码已被作废，请向邀请人索取新的邀请码',
    }[why];
    return new Failure(why === 'unknown' ? 'NOT_FOUND' : 'CONFLICT', { code: message }, message);
  },
  alreadyStaff: () => new Failure('CONFLICT', undefined, '您的微信已经绑定了工作人员身份；如需更换，请先请管理员取消原身份。'),
  tooManyAttempts: () => new Failure('TOO_MANY_ATTEMPTS'),
  // R27: the one-time setup code (the code field carries the words, as with invitations)
  setupCodeUnusable: (why: 'unknown' | 'used' | 'superseded' | 'expired') => {
    const message = {
      unknown: '初始设置码不正确，请核对后再输入',
      used: '这个初始设置码已经被使用过了；如需新的，请负责部署的人员重新生成',
      superseded: '已经生成了新的初始设置码，这个不再有效；请使用最新的一个',
      expired: '这个初始设置码已过期（有效期 72 小时），请负责部署的人员重新生成',
    }[why];
    return new Failure(why === 'unknown' ? 'NOT_FOUND' : 'CONFLICT', { code: message }, message);
  },
  setupDone: () => {
    const message = '本系统已有教育局管理员，初始设置码不再有效；请向教育局管理员索取邀请码';
    return new Failure('CONFLICT', { code: message }, message);
  },
  notInScope: () => new Failure('FORBIDDEN', undefined, '只能管理本单位的工作人员。'),
  lastBureauAdmin: () => new Failure('CONFLICT', undefined, '这是最后一位教育局管理员，不能取消；请先邀请另一位管理员。'),
  roleNotChangeable: () => new Failure('INVALID_INPUT', { role: '只能在招生老师与学校管理员之间更改，且只能由教育局管理员更改' }),
  invitationRedeemedCannotRevoke: () => new Failure('CONFLICT', undefined, '这个邀请码已经被使用，不能作废；如需取消对方的身份，请在工作人员名单中操作。'),
};
