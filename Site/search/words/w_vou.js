BRIEFINGS_SEARCH_WORDS("vou",{
"voulant":"2j",
"voulions":"88"
});
