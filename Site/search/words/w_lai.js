BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,36,3e",
"laisser":"2m,j"
});
