BRIEFINGS_SEARCH_WORDS("led",{
"led":"77,k,4,a,2"
});
