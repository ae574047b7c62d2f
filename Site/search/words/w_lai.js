BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,3a,3l",
"laisser":"2l,j"
});
