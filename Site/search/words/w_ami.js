BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"75",
"amin":"c,4u,29;c"
});
