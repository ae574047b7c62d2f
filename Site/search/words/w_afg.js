BRIEFINGS_SEARCH_WORDS("afg",{
"afghanes":"1l"
});
