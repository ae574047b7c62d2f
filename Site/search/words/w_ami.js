BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"78",
"amin":"c,4u,2c;c"
});
