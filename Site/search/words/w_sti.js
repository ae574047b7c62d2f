BRIEFINGS_SEARCH_WORDS("sti",{
"still":"79,8"
});
