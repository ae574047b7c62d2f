BRIEFINGS_SEARCH_WORDS("cyr",{
"cyrenaica":"2",
"cyrenaique":"2"
});
