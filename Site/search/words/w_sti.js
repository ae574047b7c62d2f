BRIEFINGS_SEARCH_WORDS("sti",{
"still":"7c,8"
});
