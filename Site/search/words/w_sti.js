BRIEFINGS_SEARCH_WORDS("sti",{
"still":"7a,8"
});
