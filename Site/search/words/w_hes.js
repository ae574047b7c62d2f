BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"48,3m"
});
