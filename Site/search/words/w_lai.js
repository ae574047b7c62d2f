BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,36,3f",
"laisser":"2m,j"
});
