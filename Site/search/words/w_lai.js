BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,38,3o",
"laisser":"2l,j"
});
