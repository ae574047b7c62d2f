BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"7m",
"enfants":"1h,1h,48,4,3,7,1",
"enfin":"57,2m",
"enforce":"7h,2;7h,2"
});
