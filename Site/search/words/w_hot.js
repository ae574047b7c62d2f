BRIEFINGS_SEARCH_WORDS("hot",{
"hote":"b"
});
