BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"7r",
"amin":"c,5g,29;c"
});
