BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"7h",
"amin":"c,50,2f;c"
});
