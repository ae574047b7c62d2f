BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"7k",
"petrole":"2,p,1h,1w,3w;r",
"petroliere":"r",
"petrolieres":"80",
"petroliers":"1v,d,5s",
"petsas":"2q,41,x;2q,41"
});
