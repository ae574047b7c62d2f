BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"7h",
"petrole":"2,p,1h,1v,3u;r",
"petroliere":"r",
"petrolieres":"7x",
"petroliers":"1v,d,5p",
"petsas":"2q,3z,w;2q,3z"
});
