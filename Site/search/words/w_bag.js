BRIEFINGS_SEARCH_WORDS("bag",{
"bagdad":"1l"
});
