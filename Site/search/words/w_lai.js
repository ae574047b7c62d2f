BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,35,3i",
"laisser":"2l,j"
});
