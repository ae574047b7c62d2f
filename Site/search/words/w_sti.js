BRIEFINGS_SEARCH_WORDS("sti",{
"still":"7v,8"
});
