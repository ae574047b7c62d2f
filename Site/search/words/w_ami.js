BRIEFINGS_SEARCH_WORDS("ami",{
"amid":"7j",
"amin":"c,50,2h;c"
});
