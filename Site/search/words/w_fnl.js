BRIEFINGS_SEARCH_WORDS("fnl",{
"fnl":"2i"
});
