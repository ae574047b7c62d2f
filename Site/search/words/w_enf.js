BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2z",
"enfant":"78",
"enfants":"1h,1i,3s,5,3,7,1",
"enfin":"51,2e",
"enforce":"73,2;75"
});
