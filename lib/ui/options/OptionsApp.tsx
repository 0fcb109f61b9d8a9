/**
 * The options page: every setting explained in plain words, locked ones marked, a reset per setting
 * and for all, a spoken confirmation of every save, import/export, notices, and the versions.
 */
import { useState } from 'preact/hooks';
import { CODE_NAMES, CODES, type Code } from '../../contracts/codes';
import { type EffectiveValues, SETTING_KEYS, type SettingKey, type Settings } from '../../contracts/settings';
import { DEFAULT_SETTINGS, NO_POLICY_VALUES } from '../../settings/defaults';
import { SETTING_TEXT } from '../../settings/texts';
import { dismissRepairNotice } from '../../settings/write';
import { About, ResetAll, SaveStatus } from './About';
import { Choice, Lines, Percent, Toggle } from './controls';
import { Field } from './Field';
import { OrganizationBox, PolicyWarnings, RepairNotice } from './Notices';
import { Transfer } from './Transfer';
import { formatVocabulary, parseHostLines, parseTermLines, parseVocabulary } from './text-fields';
import { useOptions } from './use-options';

/** The whole options page. */
export function OptionsApp() {
  const { state, save, reset, replace } = useOptions();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  if (!state.loaded) return <p>Loading settings…</p>;
  const v: EffectiveValues = state.effective?.values ?? { ...DEFAULT_SETTINGS, ...state.user, ...NO_POLICY_VALUES };
  const locked = (k: SettingKey) => state.effective?.lockedKeys.includes(k) ?? false;
  const err = (k: string) => (e: string[]) => setErrors((all) => ({ ...all, [k]: e }));
  const unlocked = SETTING_KEYS.filter((k) => !locked(k));
  const resetOne = (k: SettingKey) => {
    // a reset also drops what was left unsaved in that setting's boxes (sites has two)
    setErrors((all) => ({ ...all, [k]: [], ...(k === 'sites' ? { allow: [], deny: [] } : {}) }));
    void reset([k], `${SETTING_TEXT[k].label}: back to the default.`);
  };
  /** The props every setting row shares. */
  const row = (k: SettingKey) => ({
    k,
    locked: locked(k),
    own: Object.hasOwn(state.user, k),
    onReset: resetOne,
    errors: errors[k],
  });
  const set =
    <K extends SettingKey>(k: K) =>
    (value: Settings[K]) =>
      void save(k, value);
  const toggleCode = (c: Code, on: boolean) =>
    save('enabledCodes', on ? [...v.enabledCodes, c] : v.enabledCodes.filter((x) => x !== c));

  return (
    <main>
      <h1>TheraCode settings</h1>
      <RepairNotice reset={state.effective?.resetKeys ?? []} onDismiss={() => void dismissRepairNotice()} />
      {state.saveError && (
        <p class="error" role="alert" data-testid="save-error">
          {state.saveError}
        </p>
      )}
      {state.effective === null && (
        <p class="error">The extension's background did not answer; showing your saved choices.</p>
      )}
      {state.effective && <PolicyWarnings warnings={state.effective.policyWarnings} />}
      {state.effective && <OrganizationBox effective={state.effective} />}

      <h2>Billing</h2>
      <Field {...row('unitRule')}>
        <Choice
          name="unitRule"
          value={v.unitRule}
          onChange={set('unitRule')}
          options={[
            ['cms', 'CMS 8-minute rule'],
            ['ama', 'AMA rule'],
            ['both', 'Show both side by side'],
          ]}
        />
      </Field>
      <Field {...row('enabledCodes')}>
        {CODES.map((c) => (
          <Toggle
            key={c}
            label={`${c} ${CODE_NAMES[c]}`}
            checked={v.enabledCodes.includes(c)}
            onChange={(on) => void toggleCode(c, on)}
          />
        ))}
      </Field>
      <Field {...row('discipline')}>
        <Choice
          name="discipline"
          value={v.discipline}
          onChange={set('discipline')}
          options={[
            ['detect', 'Work it out from the note'],
            ['PT', 'Physical therapy'],
            ['OT', 'Occupational therapy'],
          ]}
        />
      </Field>
      <Field {...row('uncertainBelow')}>
        <Percent
          label="Uncertain below, in percent"
          value={v.uncertainBelow}
          onErrors={err('uncertainBelow')}
          onSave={set('uncertainBelow')}
        />
      </Field>

      <h2>Where TheraCode runs</h2>
      <Field {...row('sites')} errors={[...(errors.allow ?? []), ...(errors.deny ?? [])]}>
        <Choice
          name="sitesMode"
          value={v.sites.mode}
          onChange={(mode) => void save('sites', { ...v.sites, mode })}
          options={[
            ['all', 'Every site except those listed below'],
            ['allowList', 'Only the sites I list'],
          ]}
        />
        {v.sites.mode === 'allowList' && (
          <Lines
            label="Only on these sites"
            text={v.sites.allow.join('\n')}
            parse={parseHostLines}
            onErrors={err('allow')}
            onSave={(allow) => void save('sites', { ...v.sites, allow })}
            placeholder="ehr.clinic.example"
          />
        )}
        <Lines
          label="Never on these sites"
          text={v.sites.deny.join('\n')}
          parse={parseHostLines}
          onErrors={err('deny')}
          onSave={(deny) => void save('sites', { ...v.sites, deny })}
          placeholder="mail.example"
        />
      </Field>
      <Field {...row('crossSiteFrames')}>
        <Lines
          label="Show notes from frames of these sites"
          text={v.crossSiteFrames.join('\n')}
          parse={parseHostLines}
          onErrors={err('crossSiteFrames')}
          onSave={set('crossSiteFrames')}
          placeholder="ehr.vendor.example"
        />
      </Field>

      <h2>Sidebar</h2>
      <Field {...row('autoOpen')}>
        <Toggle label="Open the sidebar when I type a note" checked={v.autoOpen} onChange={set('autoOpen')} />
      </Field>
      <Field {...row('sidebarSide')}>
        <Choice
          name="sidebarSide"
          value={v.sidebarSide}
          onChange={set('sidebarSide')}
          options={[
            ['right', 'Right'],
            ['left', 'Left'],
          ]}
        />
      </Field>
      <Field {...row('theme')}>
        <Choice
          name="theme"
          value={v.theme}
          onChange={set('theme')}
          options={[
            ['system', 'Like my computer'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
        />
      </Field>

      <h2>Your clinic's words</h2>
      <Field {...row('vocabulary')}>
        <Lines
          label="Clinic vocabulary"
          text={formatVocabulary(v.vocabulary)}
          parse={parseVocabulary}
          onErrors={err('vocabulary')}
          onSave={set('vocabulary')}
          placeholder="ladder drill = 97112"
        />
      </Field>
      <Field {...row('ignoreTerms')}>
        <Lines
          label="Words to ignore"
          text={v.ignoreTerms.join('\n')}
          parse={parseTermLines}
          onErrors={err('ignoreTerms')}
          onSave={set('ignoreTerms')}
        />
      </Field>

      <Transfer user={state.user} onImport={replace} />
      <ResetAll
        keys={unlocked.filter((k) => Object.hasOwn(state.user, k))}
        onReset={() => {
          setErrors({});
          void reset(unlocked, 'All your settings are back to their defaults.');
        }}
      />
      <About />
      <SaveStatus status={state.status} />
    </main>
  );
}
