BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"76",
"amin":"c,4s,2c;c"
});
