BRIEFINGS_SEARCH_WORDS("ata",{
"atareb":"1"
});
