BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"7b",
"enfants":"1h,1h,3x,4,3,7,1",
"enfin":"52,2g",
"enforce":"76,2;78"
});
