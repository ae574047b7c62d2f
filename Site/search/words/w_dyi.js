BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"5d,5,1w"
});
