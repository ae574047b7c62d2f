BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,3s,3e",
"laisser":"2m,j"
});
