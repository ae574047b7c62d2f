BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"5f,6,1s"
});
