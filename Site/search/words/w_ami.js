BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"7g",
"amin":"c,4z,2f;c"
});
