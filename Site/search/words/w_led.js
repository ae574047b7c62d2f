BRIEFINGS_SEARCH_WORDS("led",{
"led":"6l,k,4,a,2"
});
