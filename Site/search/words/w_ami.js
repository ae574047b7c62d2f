BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"7i",
"amin":"c,50,2g;c"
});
