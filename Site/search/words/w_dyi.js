BRIEFINGS_SEARCH_WORDS("dyi",{
"dying":"61,6,1s"
});
