BRIEFINGS_SEARCH_WORDS("ahm",{
"ahmad":"6",
"ahmed":"6;6"
});
