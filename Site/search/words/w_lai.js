BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,38,3p",
"laisser":"2l,j"
});
