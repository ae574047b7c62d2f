BRIEFINGS_SEARCH_WORDS("ahr",{
"ahrar":"2i"
});
