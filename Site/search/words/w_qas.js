BRIEFINGS_SEARCH_WORDS("qas",{
"qassem":"1l"
});
