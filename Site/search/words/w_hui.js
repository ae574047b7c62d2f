BRIEFINGS_SEARCH_WORDS("hui",{
"hui":"88"
});
