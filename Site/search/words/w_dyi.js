BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"5k,5,1z"
});
