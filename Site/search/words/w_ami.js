BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"76",
"amin":"c,4v,29;c"
});
