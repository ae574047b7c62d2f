BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,35,3g",
"laisser":"2l,j"
});
