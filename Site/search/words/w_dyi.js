BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"5l,5,21"
});
