BRIEFINGS_SEARCH_WORDS("lu",{
"lu":"6s,f;6s"
});
