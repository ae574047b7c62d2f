BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,35,3f",
"laisser":"2l,j"
});
