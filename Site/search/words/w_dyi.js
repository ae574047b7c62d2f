BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"5g,6,1s"
});
