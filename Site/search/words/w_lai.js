BRIEFINGS_SEARCH_WORDS("lai",{
"laissant":"10,3b,3n",
"laisser":"2l,j"
});
