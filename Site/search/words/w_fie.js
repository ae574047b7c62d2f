BRIEFINGS_SEARCH_WORDS("fie",{
"field":"1v",
"fields":"87"
});
